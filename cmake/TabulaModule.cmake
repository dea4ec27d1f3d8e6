# tabula_module(NAME SOURCES ... DEPS ... PRIVATE_DEPS ...)
# One static library per module, exported as tabula::<name>; warnings as errors.
function(tabula_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(TABULA_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

function(tabula_module name)
    cmake_parse_arguments(M "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
    add_library(tabula_${name} STATIC ${M_SOURCES})
    add_library(tabula::${name} ALIAS tabula_${name})
    set_target_properties(tabula_${name} PROPERTIES EXPORT_NAME ${name})
    target_include_directories(tabula_${name} PUBLIC
        $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
        $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
    target_compile_features(tabula_${name} PUBLIC cxx_std_20)
    target_link_libraries(tabula_${name} PUBLIC ${M_DEPS} PRIVATE ${M_PRIVATE_DEPS})
    tabula_warnings(tabula_${name})
    install(TARGETS tabula_${name} EXPORT tabulaTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
endfunction()

# tabula_test(NAME SOURCES ... DEPS ...): a GoogleTest binary registered with ctest.
function(tabula_test name)
    cmake_parse_arguments(T "" "" "SOURCES;DEPS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE ${T_DEPS} GTest::gtest_main)
    target_compile_definitions(${name} PRIVATE
        TABULA_FIXTURES="${PROJECT_SOURCE_DIR}/tests/fixtures")
    tabula_warnings(${name})
    # The code under test is the -O3 library; optimising the test code itself took two thirds
    # of each test file's compile time for nothing the tests check.
    target_compile_options(${name} PRIVATE $<$<CONFIG:Release>:-O1>)
    gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60)
endfunction()
